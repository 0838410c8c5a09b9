// The children of one element in numeric code order; no row at all when the parent is unknown.
MATCH (p:Element {code: $code})
OPTIONAL MATCH (c:Element)-[:PART_OF]->(p)
WITH p, c ORDER BY c.sortKey
RETURN collect(c {.code, .name, .level, .status}) AS children
