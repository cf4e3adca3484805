package org.tmfsafety.server.facility;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes and reads KML 2.2 (and KMZ, zipped KML) point placemarks with the JDK's StAX: each placemark's name, its
 * ExtendedData (Data name/value, SchemaData/SimpleData) and the point's coordinates. DTDs and external entities are
 * refused. See docs/adr/0001-gis-file-formats.md.
 */
final class KmlFile {

    /** A placemark to write: its name, longitude and latitude in WGS84 degrees, its data (name → text). */
    record Placemark(String name, double longitude, double latitude, Map<String, String> data) {
    }

    /** The placemarks of a file with points, as text cells: "name", the data names in first-seen order, x, y. */
    record Layer(List<String> headers, List<List<String>> rows) {
    }

    private static final String KML = "http://www.opengis.net/kml/2.2";

    /** The largest KML document read from a KMZ (a zip of a few kilobytes may inflate to gigabytes). */
    private static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

    private KmlFile() {
    }

    /** Whether the bytes look like KML: XML whose first element is {@code kml}. */
    static boolean looksLikeKml(byte[] data) {
        String start = new String(data, 0, Math.min(data.length, 512), StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1);
        }
        return start.startsWith("<?xml") && start.contains("<kml") || start.startsWith("<kml");
    }

    /** Writes one Document with one Folder of placemarks. */
    static byte[] write(String name, List<Placemark> placemarks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("kml");
            xml.writeDefaultNamespace(KML);
            xml.writeStartElement("Document");
            element(xml, "name", name);
            xml.writeStartElement("Folder");
            element(xml, "name", name);
            for (Placemark placemark : placemarks) {
                xml.writeStartElement("Placemark");
                element(xml, "name", placemark.name());
                xml.writeStartElement("ExtendedData");
                for (Map.Entry<String, String> data : placemark.data().entrySet()) {
                    xml.writeStartElement("Data");
                    xml.writeAttribute("name", data.getKey());
                    element(xml, "value", data.getValue());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeStartElement("Point");
                element(xml, "coordinates", placemark.longitude() + "," + placemark.latitude());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
        catch (XMLStreamException ex) {
            throw new IllegalStateException("Writing KML failed", ex);
        }
        return out.toByteArray();
    }

    /**
     * Reads the point placemarks of a KML file or of every KML document in a KMZ.
     *
     * @throws UnreadableGisFileException when it is no KML, or has no point placemark
     */
    static Layer read(byte[] data, boolean zipped) throws UnreadableGisFileException {
        List<Map<String, String>> placemarks = new ArrayList<>();
        int others = 0;
        try {
            if (zipped) {
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
                    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".kml")) {
                            // read whole: the XML reader closes what it reads, and a document has a bounded size
                            byte[] document = zip.readNBytes(MAX_DOCUMENT_BYTES + 1);
                            if (document.length > MAX_DOCUMENT_BYTES) {
                                throw new UnreadableGisFileException("import.unreadable", null);
                            }
                            others += read(new ByteArrayInputStream(document), placemarks);
                        }
                    }
                }
            }
            else {
                others += read(new ByteArrayInputStream(data), placemarks);
            }
        }
        catch (XMLStreamException | IOException | RuntimeException ex) {
            throw new UnreadableGisFileException("import.unreadable", ex);
        }
        if (placemarks.isEmpty()) {
            throw new UnreadableGisFileException(others > 0 ? "import.gis.noPoints" : "import.gis.noLayer", null);
        }
        List<String> headers = new ArrayList<>();
        placemarks.forEach(p -> p.keySet().stream().filter(k -> !k.startsWith("\0") && !headers.contains(k))
            .forEach(headers::add));
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> placemark : placemarks) {
            List<String> row = new ArrayList<>();
            headers.forEach(header -> row.add(placemark.getOrDefault(header, "")));
            row.add(placemark.get("\0x"));
            row.add(placemark.get("\0y"));
            rows.add(row);
        }
        return new Layer(headers, rows);
    }

    /** Adds the point placemarks of one KML document; returns how many placemarks had no point. */
    private static int read(InputStream in, List<Map<String, String>> placemarks) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
        int withoutPoint = 0;
        Map<String, String> placemark = null;
        String dataName = null;
        boolean inPoint = false;
        List<String> path = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                path.add(element);
                if (element.equals("Placemark")) {
                    placemark = new LinkedHashMap<>();
                }
                else if (placemark != null && (element.equals("Data") || element.equals("SimpleData"))) {
                    dataName = xml.getAttributeValue(null, "name");
                    if (element.equals("SimpleData") && dataName != null) {
                        placemark.put(dataName, xml.getElementText().strip());
                        path.remove(path.size() - 1);
                        dataName = null;
                    }
                }
                else if (placemark != null && element.equals("value") && dataName != null) {
                    placemark.put(dataName, xml.getElementText().strip());
                    path.remove(path.size() - 1);
                }
                else if (placemark != null && element.equals("name") && parent(path).equals("Placemark")) {
                    placemark.put("name", xml.getElementText().strip());
                    path.remove(path.size() - 1);
                }
                else if (placemark != null && element.equals("Point")) {
                    inPoint = true;
                }
                else if (placemark != null && inPoint && element.equals("coordinates")
                        && !placemark.containsKey("\0x")) {
                    String[] parts = xml.getElementText().strip().split("\\s+")[0].split(",");
                    path.remove(path.size() - 1);
                    if (parts.length >= 2) {
                        placemark.put("\0x", parts[0].strip());
                        placemark.put("\0y", parts[1].strip());
                    }
                }
            }
            else if (event == XMLStreamConstants.END_ELEMENT) {
                String element = xml.getLocalName();
                path.remove(path.size() - 1);
                if (element.equals("Data")) {
                    dataName = null;
                }
                else if (element.equals("Point")) {
                    inPoint = false;
                }
                else if (element.equals("Placemark") && placemark != null) {
                    if (placemark.containsKey("\0x")) {
                        placemarks.add(placemark);
                    }
                    else {
                        withoutPoint++;
                    }
                    placemark = null;
                }
            }
        }
        xml.close();
        return withoutPoint;
    }

    private static String parent(List<String> path) {
        return path.size() < 2 ? "" : path.get(path.size() - 2);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
