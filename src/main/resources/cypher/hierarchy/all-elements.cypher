// Every element with all its properties, for comparing an import with what is stored.
MATCH (e:Element)
RETURN e {.*} AS element
