// The first model version the intervals cover (null before anything was recorded) and the current
// version.
OPTIONAL MATCH (s:ModelStamp {key: 'model'})
CALL () {
  OPTIONAL MATCH (h:History)
  WHERE h.from IS NOT NULL
  WITH h ORDER BY h.from LIMIT 1
  RETURN h.from AS first
}
RETURN first, coalesce(s.version, 0) AS current
