/**
 * Imports of a whole file (CSV, XLSX, ArchiMate exchange, BPMN) into a DRAFT change request: each
 * reader turns a file into {@link se.processkarta.imports.Imported} rows, {@link
 * se.processkarta.imports.ImportPlanner} compares them with today's model and answers the
 * operations that turn the one into the other, and {@link se.processkarta.imports.ImportService}
 * hands them to the change path. Nothing here writes the model.
 */
package se.processkarta.imports;
