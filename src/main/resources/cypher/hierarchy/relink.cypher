// Hangs an element under another parent.
MATCH (e:Element {code: $code})
OPTIONAL MATCH (e)-[old:PART_OF]->(:Element)
DELETE old
WITH DISTINCT e
MATCH (p:Element {code: $parent})
MERGE (e)-[:PART_OF]->(p)
RETURN e.code AS code
