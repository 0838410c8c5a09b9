// The content hash of the last import from a seed source.
OPTIONAL MATCH (s:SeedStamp {source: $source})
RETURN s.hash AS hash
