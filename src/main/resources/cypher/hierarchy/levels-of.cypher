// The level of each of the given codes that exists.
MATCH (e:Element) WHERE e.code IN $codes
RETURN e.code AS code, e.level AS level
