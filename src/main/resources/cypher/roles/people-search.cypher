// People whose id, name or title contains $q (lower case), or everyone when $q is null; by name.
MATCH (p:Person)
WHERE $q IS NULL
   OR toLower(p.name) CONTAINS $q
   OR p.id CONTAINS $q
   OR toLower(coalesce(p.title, '')) CONTAINS $q
OPTIONAL MATCH (p)-[:MEMBER_OF]->(u:OrgUnit)
RETURN p {.id, .name, .title, .email} AS person, u {.id, .name, .kind} AS unit
ORDER BY p.name, p.id
LIMIT $limit
