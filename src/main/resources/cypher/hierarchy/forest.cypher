// Every element from level 1 down to a level.
MATCH (e:Element)
WHERE e.level <= $maxLevel
RETURN e.code AS code, e.name AS name, e.level AS level, e.status AS status
