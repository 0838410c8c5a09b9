// The owner relationships, for every date, on the elements with the given codes.
UNWIND $codes AS code
MATCH (x:Element {code: code})
OPTIONAL MATCH (p:Person)-[r:OWNER]->(x)
WITH x, p, r ORDER BY r.from
RETURN x.code AS code, x.name AS name, x.level AS level,
       collect(CASE WHEN r IS NULL THEN null ELSE {
         person: p {.id, .name, .title}, from: r.from, to: r.to} END) AS owners
