// The graph's model stamp: a number that every write to the model (the tree and the people side)
// increases. Caches key on it, so that a write by any instance invalidates them on every instance.
OPTIONAL MATCH (s:ModelStamp {key: 'model'})
RETURN coalesce(s.version, 0) AS version
