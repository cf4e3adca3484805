/**
 * OGC API – Features (Part 1: Core, GeoJSON and HTML) over the registry, so that QGIS, ArcGIS and GDAL read its
 * layers directly and a person can browse them: landing page {@code /ogc}, conformance, collections and their items
 * with bbox, limit and offset, only what the caller may see. {@link OgcDocuments} builds every document;
 * {@code OgcController} encodes it as JSON/GeoJSON (the default), {@code OgcHtmlController} as HTML ({@code f=html},
 * linked from the JSON as {@code alternate}).
 */
package org.tmfsafety.server.ogc;
