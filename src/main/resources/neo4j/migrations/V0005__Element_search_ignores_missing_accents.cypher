// Search ignores missing accents ("forskola" finds Förskola): the compound analyzer now folds å, ä
// and ö to a and o in the index and in queries (docs/adr/0012-search.md), so the index is rebuilt
// with the same name and options, and filled again from the elements.
DROP INDEX element_search IF EXISTS;
CREATE FULLTEXT INDEX element_search IF NOT EXISTS
FOR (e:Element) ON EACH [e.code, e.name, e.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'processkarta-swedish-compound', `fulltext.eventually_consistent`: false}};
