package io.interpy.internal.stdlib;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Parses one XML document with the JDK's SAX parser into the flat list of events the worker's
 * {@code pyexpat} replays to its handlers (GraalPy 25.0.3's pyexpat is a C module, which a
 * sandboxed worker cannot load).
 *
 * <p>A flat list of strings, integers, booleans and nulls, because those cross into a worker
 * without host access; every event is {@code op, line, column, args...} with a fixed number of
 * arguments per op (see {@code interpy_pyexpat.py}). A parse error ends the list with an
 * {@code "!"} event carrying expat's error code, so the handlers still see everything before it,
 * as they do with expat.
 *
 * <p>The parser never reads anything but the given bytes: external DTDs and entities are not
 * fetched (expat does not fetch them either), and JAXP's secure processing bounds entity
 * expansion.
 */
final class XmlEvents extends DefaultHandler2 {

    private static final ThreadLocal<SAXParserFactory[]> FACTORIES = ThreadLocal.withInitial(() -> new SAXParserFactory[2]);

    private final List<Object> events = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final String separator;
    private final boolean prefixes;
    private Locator locator;
    private int textLine;
    private int textColumn;

    private XmlEvents(String separator, boolean prefixes) {
        this.separator = separator;
        this.prefixes = prefixes;
    }

    /**
     * @param data the document, one char per byte (ISO-8859-1), or the text itself when
     *        {@code encoding} is {@code "<text>"}
     * @param encoding the encoding that overrides the document's own, or null
     * @param separator expat's namespace separator, or null to parse without namespaces
     * @param prefixes whether namespaced names carry their prefix (expat's namespace_prefixes)
     * @param partial whether {@code data} is only the document's beginning (an incremental parser
     *        fed so far): the events up to where the data ends, without the error its end causes
     *        and without a text run the next piece may continue
     */
    static List<Object> parse(String data, String encoding, String separator, boolean prefixes, boolean partial) {
        XmlEvents handler = new XmlEvents(separator, prefixes);
        InputSource source;
        if ("<text>".equals(encoding)) {
            source = new InputSource(new StringReader(data));
        } else {
            source = new InputSource(new ByteArrayInputStream(data.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
            if (encoding != null) {
                source.setEncoding(encoding);
            }
        }
        try {
            SAXParser parser = factory(separator != null).newSAXParser();
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            parser.setProperty("http://xml.org/sax/properties/declaration-handler", (DeclHandler) handler);
            trySet(parser, "http://apache.org/xml/properties/locale", Locale.ROOT);
            parser.parse(source, handler);
            handler.flushText();
        } catch (SAXParseException e) {
            if (partial) {
                return handler.events;
            }
            handler.flushText();
            int code = ExpatErrors.code(e.getMessage());
            handler.fail(code, e.getMessage(), e.getLineNumber(),
                    ExpatErrors.column(code, e.getMessage(), data, e.getLineNumber(), e.getColumnNumber()));
        } catch (SAXException e) {
            if (partial) {
                return handler.events;
            }
            handler.flushText();
            handler.fail(ExpatErrors.code(e.getMessage()), String.valueOf(e.getMessage()), handler.line(), handler.column());
        } catch (IOException e) {
            // Only an unknown or wrong encoding gets here: nothing but the given bytes is read.
            handler.flushText();
            handler.fail(ExpatErrors.UNKNOWN_ENCODING, String.valueOf(e.getMessage()), 1, 0);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser cannot be configured as pyexpat needs", e);
        }
        return handler.events;
    }

    private static SAXParserFactory factory(boolean namespaces) throws ParserConfigurationException, SAXException {
        SAXParserFactory[] cached = FACTORIES.get();
        int slot = namespaces ? 1 : 0;
        if (cached[slot] == null) {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(namespaces);
            factory.setValidating(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            if (namespaces) {
                factory.setFeature("http://xml.org/sax/features/namespace-prefixes", false);
            }
            cached[slot] = factory;
        }
        return cached[slot];
    }

    private static void trySet(SAXParser parser, String property, Object value) {
        try {
            parser.setProperty(property, value);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // Another JAXP implementation: its messages may be localised, codes then fall back.
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    private int line() {
        return locator == null ? 1 : Math.max(locator.getLineNumber(), 1);
    }

    private int column() {
        // SAX counts columns from 1 after the event, expat from 0 at its start; this is the closest.
        return locator == null ? 0 : Math.max(locator.getColumnNumber() - 1, 0);
    }

    private void event(String op, Object... args) {
        flushText();
        events.add(op);
        events.add(line());
        events.add(column());
        for (Object arg : args) {
            events.add(arg);
        }
    }

    private void flushText() {
        if (!text.isEmpty()) {
            events.add("C");
            events.add(textLine);
            events.add(textColumn);
            events.add(text.toString());
            text.setLength(0);
        }
    }

    private void fail(int code, String message, int line, int column) {
        events.add("!");
        events.add(Math.max(line, 1));
        events.add(Math.max(column - 1, 0));
        events.add(code);
        events.add(message);
    }

    private String name(String uri, String localName, String qName) {
        if (separator == null || uri == null || uri.isEmpty()) {
            return separator == null ? qName : (localName == null || localName.isEmpty() ? qName : localName);
        }
        int colon = qName.indexOf(':');
        if (prefixes && colon > 0) {
            return uri + separator + localName + separator + qName.substring(0, colon);
        }
        return uri + separator + localName;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        List<Object> pairs = new ArrayList<>(attributes.getLength() * 2);
        for (int i = 0; i < attributes.getLength(); i++) {
            pairs.add(name(attributes.getURI(i), attributes.getLocalName(i), attributes.getQName(i)));
            pairs.add(attributes.getValue(i));
        }
        flushText();
        events.add("S");
        events.add(line());
        events.add(column());
        events.add(name(uri, localName, qName));
        events.add(attributes.getLength());
        events.addAll(pairs);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        event("E", name(uri, localName, qName));
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (text.isEmpty()) {
            textLine = line();
            textColumn = column();
        }
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) {
        event("P", target, data == null ? "" : data);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        event("N", prefix == null || prefix.isEmpty() ? null : prefix, uri == null || uri.isEmpty() ? null : uri);
    }

    @Override
    public void endPrefixMapping(String prefix) {
        event("n", prefix == null || prefix.isEmpty() ? null : prefix);
    }

    @Override
    public void comment(char[] ch, int start, int length) {
        event("M", new String(ch, start, length));
    }

    @Override
    public void startCDATA() {
        event("[");
    }

    @Override
    public void endCDATA() {
        event("]");
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) {
        event("D", name, systemId, publicId);
    }

    @Override
    public void endDTD() {
        event("d");
    }

    @Override
    public void internalEntityDecl(String name, String value) {
        boolean parameter = name.startsWith("%");
        event("X", parameter ? name.substring(1) : name, parameter, value, null, null, null);
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) {
        boolean parameter = name.startsWith("%");
        event("X", parameter ? name.substring(1) : name, parameter, null, systemId, publicId, null);
    }

    @Override
    public void unparsedEntityDecl(String name, String publicId, String systemId, String notationName) {
        event("X", name, false, null, systemId, publicId, notationName);
    }

    @Override
    public void notationDecl(String name, String publicId, String systemId) {
        event("O", name, systemId, publicId);
    }

    @Override
    public void skippedEntity(String name) {
        event("K", name);
    }

    @Override
    public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
        // Never fetched: an external entity or DTD reads as empty, as when expat has no handler.
        return new InputSource(new StringReader(""));
    }
}
