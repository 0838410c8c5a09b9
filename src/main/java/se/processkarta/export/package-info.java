/**
 * Exports of the model to the tools municipalities already use: one stateless {@link
 * se.processkarta.export.DiagramExporter} per format (draw.io, ArchiMate exchange, BPMN, GraphML,
 * DOT, Mermaid, PlantUML, CSV, XLSX), each writing a {@link se.processkarta.model.ModelSnapshot} to
 * a stream. Nothing here reads a database or speaks HTTP.
 */
package se.processkarta.export;
