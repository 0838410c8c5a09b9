// One element with its breadcrumb (root first) and its children in numeric code order.
MATCH (e:Element {code: $code})
OPTIONAL MATCH (e)-[:PART_OF*1..4]->(a:Element)
WITH e, a ORDER BY a.level
WITH e, collect(a {.code, .name, .level}) AS ancestors
OPTIONAL MATCH (c:Element)-[:PART_OF]->(e)
WITH e, ancestors, c ORDER BY c.sortKey
RETURN e {.*} AS element, ancestors, collect(c {.code, .name, .level, .status}) AS children
