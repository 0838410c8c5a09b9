// Every element from level 1 down to a level, with how many children each has in the model.
MATCH (e:Element)
WHERE e.level <= $maxLevel
RETURN e.code AS code, e.name AS name, e.level AS level, e.status AS status,
       COUNT { (e)<-[:PART_OF]-() } AS childCount
