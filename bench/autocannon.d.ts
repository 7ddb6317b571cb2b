/** The slice of autocannon's API the API benchmark uses (the package ships no types). */
declare module 'autocannon' {
  interface Histogram { p50: number; p99: number; average: number }
  interface Result { latency: Histogram; requests: Histogram; throughput: Histogram; non2xx: number; errors: number }
  function autocannon(opts: { url: string; connections?: number; duration?: number; headers?: Record<string, string> }): Promise<Result>;
  export default autocannon;
}
