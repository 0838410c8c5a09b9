CREATE FULLTEXT INDEX element_search IF NOT EXISTS
FOR (e:Element) ON EACH [e.code, e.name, e.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'swedish', `fulltext.eventually_consistent`: false}};
