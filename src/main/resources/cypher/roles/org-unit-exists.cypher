// Whether an organisational unit exists.
OPTIONAL MATCH (o:OrgUnit {id: $id})
RETURN o IS NOT NULL AS exists
