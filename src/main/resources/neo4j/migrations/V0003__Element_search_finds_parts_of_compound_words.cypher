// Search finds parts of Swedish compound words ("skola" finds grundskola and förskola): the index
// is rebuilt with the analyzer from se.processkarta.graph.analysis, which indexes each word and
// its suffixes (docs/adr/0012-search.md). A Neo4j server needs that analyzer's plugin jar first.
DROP INDEX element_search IF EXISTS;
CREATE FULLTEXT INDEX element_search IF NOT EXISTS
FOR (e:Element) ON EACH [e.code, e.name, e.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'processkarta-swedish-compound', `fulltext.eventually_consistent`: false}};
