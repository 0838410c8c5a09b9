// The children of one element in numeric code order; no row at all when the parent is unknown
// (grouping by p: an aggregate without a grouping key would answer one empty row instead).
MATCH (p:Element {code: $code})
OPTIONAL MATCH (c:Element)-[:PART_OF]->(p)
WITH p, c ORDER BY c.sortKey
RETURN p.code AS code, collect(c {.code, .name, .level, .status}) AS children
