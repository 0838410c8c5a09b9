// The codes of an element and of everything below it, with their statuses.
MATCH (e:Element {code: $code})
OPTIONAL MATCH (d:Element)-[:PART_OF*1..4]->(e)
RETURN e.code AS code, collect({code: d.code, status: d.status}) AS descendants
