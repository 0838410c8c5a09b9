// Everything that held at model version $version: each interval that opened at or before it and
// had not closed by it.
MATCH (h:History)
WHERE h.from <= $version AND (h.to IS NULL OR h.to > $version)
RETURN h.kind AS kind, h.data AS data
