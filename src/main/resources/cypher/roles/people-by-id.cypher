// Those of the given people that exist, with their names.
MATCH (p:Person)
WHERE p.id IN $ids
RETURN p.id AS id, p.name AS name
