/**
 * The one read façade over the model at a version ({@link se.processkarta.reads.ModelReads}): every
 * read of the tree, its roles and its people, for the current model or any published version
 * ({@link se.processkarta.model.VersionRef}). Callers never choose between the current and the past
 * reads; a new kind of content gets "as of" by adding its reads here, once.
 */
package se.processkarta.reads;
