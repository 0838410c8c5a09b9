// Every element code, person id, pool id, organisational unit id and steering group id: the scope
// of the one-off backfill of a store written before the graph kept validity intervals.
CALL () {
  MATCH (e:Element)
  RETURN collect(e.code) AS codes
}
CALL () {
  MATCH (p:Person)
  RETURN collect(p.id) AS people
}
CALL () {
  MATCH (r:ResourcePool)
  RETURN collect(r.id) AS pools
}
CALL () {
  MATCH (o:OrgUnit)
  RETURN collect(o.id) AS units
}
CALL () {
  MATCH (g:SteeringGroup)
  RETURN collect(g.id) AS groups
}
RETURN codes, people, pools, units, groups
