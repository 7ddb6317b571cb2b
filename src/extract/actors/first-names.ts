/** Gender of common first names, for pronouns about people the gazetteer does not know. */
const FEMALE = new Set(
  'Mary Anne Ann Anna Annalena Angela Alice Amanda Amy Barbara Beth Betty Caroline Catherine Charlotte Christine Claire Claudia Diana Elizabeth Ellen Elena Elina Emily Emma Evika Frances Helen Hillary Ingrid Isabel Jacqueline Jane Janet Jennifer Jessica Jill Joanna Julia Julie Karen Kamala Kate Katherine Kathryn Kaja Kemi Kristi Kristina Laura Linda Lisa Liz Louise Lucy Margaret Maria Marie Marine Marta Mette Melania Michelle Nancy Natalia Nicola Olena Olga Pam Patricia Penny Priti Rachel Rebecca Roberta Ruth Sarah Shabana Sophie Susan Suella Svetlana Tulsi Ursula Valerie Victoria Wendy Yvette Yulia Yuliia Zoe Karoline Giorgia Maia Salome Kristalina Ngozi Sanae Yoko Tsai Theresa Priya Lisa Angela Ana Emine Iryna Oksana Tatiana Tatyana Marina Natalya Irina Ekaterina Anastasia Mariana Viktoriia Kateryna Olha Halyna Lyudmila Lucy Bridget Harriet Lindsay Lindsey Esther Heidi Stella Dora Mhairi Sinead Mairead Caitlin Siobhan Niamh Kirsty Nadine Nusrat Rosena Bridget'.split(' '),
);
const MALE = new Set(
  'Adam Alan Alex Alexander Alexei Alexey Andrew Andrei Andriy Andrii Anthony Antony Ben Benjamin Bill Boris Brian Carl Charles Chris Christopher Dan Daniel David Dennis Dmitry Dmytro Donald Douglas Ed Edward Emmanuel Eric Francis Frank Gabriel George Gordon Grant Greg Harry Henry Ian Jack Jacob James Jamie Jason Javier Jeremy Jim Joe John Jonathan Joseph Josh Justin Keir Keith Kevin Kim Kirill Lars Lee Lloyd Marco Mark Martin Matt Matthew Michael Mike Mikhail Nick Nicholas Nigel Oleksandr Olaf Oliver Pat Patrick Paul Pete Peter Philip Pierre Richard Rishi Rob Robert Ron Rustem Ryan Sam Samuel Scott Sean Sebastian Sergei Sergey Simon Stephen Steve Steven Stuart Ted Thomas Tim Tobias Tom Tony Viktor Vladimir Volodymyr Wes William Yuri Xi Friedrich Emmanuel Olaf Recep Narendra Pedro Mohammed Mohamed Ahmed Ali Abbas Hassan Hussein Omar Khalid Ibrahim Yusuf Mustafa Hakan Recep Ilham Nikol Petr Andrej Robert Viktor Donald Radoslaw Jens Josep Charles Antonio Jean Francois Michel Gerhard Helmut Wolfgang Johann Boris Lars Frederik Ulf Petteri Sauli Kristen Alar Edgars Gitanas Dick Geert Bart Alexander Micheal Leo Enda Karl Christian Giorgio Matteo Mario Sergio Guido Silvio Luis Jose Carlos Luiz Jair Gustavo Nicolas Claudio Fernando Hugo Evo Juan Miguel Andres'.split(' '),
);

export function genderOfFirstName(name: string): 'm' | 'f' | undefined {
  if (FEMALE.has(name)) return 'f';
  if (MALE.has(name)) return 'm';
  return undefined;
}
