// Every element below a root (by code prefix, which the unique-code index serves) down to a level,
// with how many children each has in the model (a degree lookup, not a traversal).
MATCH (e:Element)
WHERE e.code STARTS WITH $prefix AND e.level <= $maxLevel
RETURN e.code AS code, e.name AS name, e.level AS level, e.status AS status,
       COUNT { (e)<-[:PART_OF]-() } AS childCount
