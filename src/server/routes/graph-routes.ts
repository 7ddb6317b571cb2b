/** Read-only API routes: graph, actors, relations, meetings, path, timeline, health. */
import { Router } from 'express';
import type { GraphService } from '../services/graph-service.ts';
import {
  ActorSearchQuery,
  GraphQuery,
  IdParam,
  MeetingQuery,
  PathQuery,
  RelationQuery,
  TimelineQuery,
  parse,
} from '../validate.ts';

export function graphRoutes(service: GraphService): Router {
  const router = Router();

  router.get('/api/graph', async (req, res) => {
    const { shape, ...filter } = parse(GraphQuery, req.query);
    const { body, gzip, etag } = await service.graph(filter, shape);
    res.type('json').set({ ETag: etag, Vary: 'Accept-Encoding' });
    if (req.fresh) res.status(304).end();
    else if (req.acceptsEncodings('gzip') === 'gzip') res.set('Content-Encoding', 'gzip').send(gzip());
    else res.send(body);
  });

  router.get('/api/actors', async (req, res) => {
    const { q, limit } = parse(ActorSearchQuery, req.query);
    res.json(await service.searchActors(q, limit));
  });

  router.get('/api/actors/:id', async (req, res) => {
    res.json(await service.actor(parse(IdParam, req.params).id));
  });

  router.get('/api/relations', async (req, res) => {
    res.json(await service.relations(parse(RelationQuery, req.query)));
  });

  router.get('/api/meetings', async (req, res) => {
    res.json(await service.meetings(parse(MeetingQuery, req.query)));
  });

  router.get('/api/path', async (req, res) => {
    const { from, to, maxDepth } = parse(PathQuery, req.query);
    res.json(await service.path(from, to, maxDepth));
  });

  router.get('/api/timeline', async (req, res) => {
    const { a, b } = parse(TimelineQuery, req.query);
    res.json(await service.timeline(a, b));
  });

  router.get('/healthz', async (_req, res) => {
    res.json(await service.health());
  });

  return router;
}
