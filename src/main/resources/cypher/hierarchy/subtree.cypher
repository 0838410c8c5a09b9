// Every element below a root (by code prefix, which the unique-code index serves) down to a level.
MATCH (e:Element)
WHERE e.code STARTS WITH $prefix AND e.level <= $maxLevel
RETURN e.code AS code, e.name AS name, e.level AS level, e.status AS status
