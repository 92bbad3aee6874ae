"""pyexpat for an Interpy worker: expat's Python API on the JDK's XML parser.

GraalPy 25.0.3's pyexpat is a C module, which a worker without native access cannot load; without
it xml.etree.ElementTree, xml.dom.minidom, xml.sax and plistlib cannot parse. The document is
parsed by Java (the `_bridge` the worker installs) into a flat list of events, replayed here to
the handlers expat would call, in expat's order and with expat's arguments.

Differences from expat, by design: the document is parsed when the last piece arrives
(Parse(data, True) or an empty final Parse). ElementTree's incremental parsers (XMLPullParser,
iterparse) ask after each piece for the events of what has arrived (_parse_available): the pieces
so far are parsed again and the new complete events replayed, while the document is small and
then each time it has doubled, so a large document costs about three parses, not one per piece,
and its events arrive in bursts. Character data arrives in one piece per text run (as with
buffer_text); error positions are the JDK parser's, moved to the offending token for a repeated
attribute or an undefined entity as expat reports them; external entities and DTDs are never read.
"""

import sys as _sys

_bridge = None  # set by the worker before this module runs

EXPAT_VERSION = 'expat_2.6.3 (Interpy: JDK SAX parser)'
version_info = (2, 6, 3)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_DTD', 0), ('XML_CONTEXT_BYTES', 1024),
            ('XML_NS', 0)]

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

_MESSAGES = [
    None, 'out of memory', 'syntax error', 'no element found', 'not well-formed (invalid token)',
    'unclosed token', 'partial character', 'mismatched tag', 'duplicate attribute',
    'junk after document element', 'illegal parameter entity reference', 'undefined entity',
    'recursive entity reference', 'asynchronous entity', 'reference to invalid character number',
    'reference to binary entity', 'reference to external entity in attribute',
    'XML or text declaration not at start of entity', 'unknown encoding',
    'encoding specified in XML declaration is incorrect', 'unclosed CDATA section',
    'error in processing external entity reference', 'document is not standalone',
    'unexpected parser state - please send a bug report', 'entity declared in parameter entity',
    'requested feature requires XML_DTD support in Expat', 'cannot change setting once parsing has begun',
    'unbound prefix', 'must not undeclare prefix', 'incomplete markup in parameter entity',
    'XML declaration not well-formed', 'text declaration not well-formed', 'illegal character(s) in public id',
    'parser suspended', 'parser not suspended', 'parsing aborted', 'parsing finished',
    'cannot suspend in external parameter entity',
    'reserved prefix (xml) must not be undeclared or bound to another namespace name',
    'reserved prefix (xmlns) must not be declared or undeclared',
    'prefix must not be bound to one of the reserved namespace names',
    'invalid argument', 'a successful prior call to function XML_GetBuffer is required',
    'limit on input amplification factor (from DTD and entities) breached',
]
_NAMES = [
    None, 'NO_MEMORY', 'SYNTAX', 'NO_ELEMENTS', 'INVALID_TOKEN', 'UNCLOSED_TOKEN', 'PARTIAL_CHAR',
    'TAG_MISMATCH', 'DUPLICATE_ATTRIBUTE', 'JUNK_AFTER_DOC_ELEMENT', 'PARAM_ENTITY_REF', 'UNDEFINED_ENTITY',
    'RECURSIVE_ENTITY_REF', 'ASYNC_ENTITY', 'BAD_CHAR_REF', 'BINARY_ENTITY_REF',
    'ATTRIBUTE_EXTERNAL_ENTITY_REF', 'MISPLACED_XML_PI', 'UNKNOWN_ENCODING', 'INCORRECT_ENCODING',
    'UNCLOSED_CDATA_SECTION', 'EXTERNAL_ENTITY_HANDLING', 'NOT_STANDALONE', 'UNEXPECTED_STATE',
    'ENTITY_DECLARED_IN_PE', 'FEATURE_REQUIRES_XML_DTD', 'CANT_CHANGE_FEATURE_ONCE_PARSING',
    'UNBOUND_PREFIX', 'UNDECLARING_PREFIX', 'INCOMPLETE_PE', 'XML_DECL', 'TEXT_DECL', 'PUBLICID',
    'SUSPENDED', 'NOT_SUSPENDED', 'ABORTED', 'FINISHED', 'SUSPEND_PE', 'RESERVED_PREFIX_XML',
    'RESERVED_PREFIX_XMLNS', 'RESERVED_NAMESPACE_URI', 'INVALID_ARGUMENT', 'NO_BUFFER',
    'AMPLIFICATION_LIMIT_BREACH',
]


def _submodule(name, doc):
    module = type(_sys)(__name__ + '.' + name, doc)
    _sys.modules[module.__name__] = module
    return module


errors = _submodule('errors', 'Constants used to describe error conditions.')
errors.codes = {}
errors.messages = {}
for _code in range(1, len(_MESSAGES)):
    setattr(errors, 'XML_ERROR_' + _NAMES[_code], _MESSAGES[_code])
    errors.codes[_MESSAGES[_code]] = _code
    errors.messages[_code] = _MESSAGES[_code]

model = _submodule('model', 'Constants used to interpret content model information.')
for _i, _name in enumerate(('XML_CTYPE_EMPTY', 'XML_CTYPE_ANY', 'XML_CTYPE_MIXED', 'XML_CTYPE_NAME',
                            'XML_CTYPE_CHOICE', 'XML_CTYPE_SEQ'), 1):
    setattr(model, _name, _i)
for _i, _name in enumerate(('XML_CQUANT_NONE', 'XML_CQUANT_OPT', 'XML_CQUANT_REP', 'XML_CQUANT_PLUS')):
    setattr(model, _name, _i)


class ExpatError(Exception):
    pass


error = ExpatError


def ErrorString(code):
    """Returns string error for given number."""
    if isinstance(code, int) and 0 < code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


_HANDLERS = (
    'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler', 'CharacterDataHandler',
    'UnparsedEntityDeclHandler', 'NotationDeclHandler', 'StartNamespaceDeclHandler',
    'EndNamespaceDeclHandler', 'CommentHandler', 'StartCdataSectionHandler', 'EndCdataSectionHandler',
    'DefaultHandler', 'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
    'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler', 'XmlDeclHandler',
    'ElementDeclHandler', 'AttlistDeclHandler', 'SkippedEntityHandler',
)

_ARITY = {'S': None, 'E': 1, 'C': 1, 'P': 2, 'N': 2, 'n': 1, 'M': 1, '[': 0, ']': 0, 'D': 3, 'd': 0,
          'X': 6, 'O': 3, 'K': 1, '!': 2}


def _xml_declaration(text):
    """(version, encoding, standalone) of a document's XML declaration, or None."""
    if not text.startswith('<?xml'):
        return None
    end = text.find('?>')
    if end < 0 or text[5:6] not in (' ', '\t', '\r', '\n'):
        return None
    import re
    body = text[5:end]
    values = dict(re.findall(r'(version|encoding|standalone)\s*=\s*["\']([^"\']*)["\']', body))
    standalone = values.get('standalone')
    return (values.get('version'), values.get('encoding'),
            -1 if standalone is None else int(standalone == 'yes'))


class XMLParserType:
    """XML parser"""

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        for name in _HANDLERS:
            setattr(self, name, None)
        self._encoding = encoding
        self._separator = namespace_separator
        self.intern = {} if intern is None else intern
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self._pieces = []
        self._text = None
        self._delivered = 0
        self._parsed_size = 0
        self._declared = False
        self._started = False
        self._finished = False
        self._reparse_deferral = True
        self._base = None
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self.CurrentLineNumber = 1
        self.CurrentColumnNumber = 0
        self.CurrentByteIndex = -1

    @property
    def buffer_used(self):
        return 0

    def Parse(self, data, isfinal=False):
        """Parse XML data. `isfinal' should be true at end of input."""
        if self._finished:
            self._raise(36, self.ErrorLineNumber, self.ErrorColumnNumber, None)
        if isinstance(data, str):
            if self._text is None and not self._pieces:
                self._text = True
            elif self._text is not True:
                data = data.encode('utf-8')
        elif data is not None:
            data = bytes(data)
            if self._text is None:
                self._text = False
            elif self._text is True:
                data = data.decode('utf-8')
        if data:
            self._pieces.append(data)
        if isfinal:
            self._finished = True
            self._run()
        return 1

    def ParseFile(self, file):
        """Parse XML data from file-like object."""
        read = file.read
        while True:
            chunk = read(self.buffer_size if self.buffer_size > 0 else 8192)
            if not chunk:
                break
            self.Parse(chunk, False)
        return self.Parse(b'', True)

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return self._base

    def GetInputContext(self):
        return None

    def ExternalEntityParserCreate(self, context, encoding=None):
        # External entities are never read by a worker; the parser such a reader gets parses nothing.
        parser = XMLParserType(encoding or self._encoding, self._separator, self.intern)
        parser._finished = True
        return parser

    def SetParamEntityParsing(self, flag):
        return 0

    def UseForeignDTD(self, flag=True):
        pass

    def GetReparseDeferralEnabled(self):
        return self._reparse_deferral

    def SetReparseDeferralEnabled(self, enabled):
        self._reparse_deferral = bool(enabled)

    def _raise(self, code, line, column, message):
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = column
        e = ExpatError('%s: line %d, column %d' % (ErrorString(code), line, column))
        e.code = code
        e.lineno = line
        e.offset = column
        raise e

    def _document(self):
        """(document, encoding argument of the bridge, its first 200 characters) of the pieces so far."""
        if self._text:
            document = ''.join(self._pieces)
            return document, '<text>', document[:200]
        raw = b''.join(self._pieces)
        return raw.decode('latin-1'), self._encoding, raw[:200].decode('latin-1')

    def _run(self):
        document, encoding, head = self._document()
        self._pieces = []
        events = list(_bridge.xml_parse(document, encoding, self._separator, bool(self.namespace_prefixes)))
        self._replay_new(events, head)

    def _parse_available(self):
        """Replays the complete events of the pieces fed so far (ElementTree's XMLPullParser calls
        it after each feed). Small documents are parsed again on every piece; past 64 KiB only once
        they have doubled since the last parse, which bounds the work at about three parses."""
        if self._finished or not self._pieces:
            return
        size = sum(map(len, self._pieces))
        if size == self._parsed_size or (size > 65536 and size < 2 * self._parsed_size):
            return
        self._parsed_size = size
        document, encoding, head = self._document()
        events = list(_bridge.xml_parse(document, encoding, self._separator, bool(self.namespace_prefixes), True))
        self._replay_new(events, head)

    def _replay_new(self, events, head):
        """Replays the events after those an earlier parse of the document's beginning replayed."""
        if not self._declared and events:
            self._declared = True
            declaration = _xml_declaration(head.lstrip('\ufeff').lstrip('\xef\xbb\xbf'))
            if declaration is not None and self.XmlDeclHandler is not None:
                self.XmlDeclHandler(*declaration)
        start = 0
        for _ in range(self._delivered):
            if start >= len(events):
                break
            op = events[start]
            start += 3 + (2 + 2 * events[start + 4] if op == 'S' else _ARITY[op])
        self._delivered += self._replay(events, start)

    def _replay(self, events, i=0):
        """Calls the handlers for the events from index i on; answers how many events there were."""
        n = len(events)
        replayed = 0
        ordered = self.ordered_attributes
        while i < n:
            replayed += 1
            op = events[i]
            self.CurrentLineNumber = events[i + 1]
            self.CurrentColumnNumber = events[i + 2]
            i += 3
            if op == 'S':
                name = events[i]
                count = events[i + 1]
                flat = events[i + 2:i + 2 + 2 * count]
                i += 2 + 2 * count
                handler = self.StartElementHandler
                if handler is not None:
                    if ordered:
                        handler(name, flat)
                    else:
                        handler(name, {flat[k]: flat[k + 1] for k in range(0, len(flat), 2)})
                continue
            arity = _ARITY[op]
            args = events[i:i + arity]
            i += arity
            if op == 'C':
                handler = self.CharacterDataHandler
                if handler is not None:
                    handler(args[0])
                elif self.DefaultHandlerExpand is not None:
                    self.DefaultHandlerExpand(args[0])
                elif self.DefaultHandler is not None:
                    self.DefaultHandler(args[0])
            elif op == 'E':
                if self.EndElementHandler is not None:
                    self.EndElementHandler(args[0])
            elif op == 'P':
                if self.ProcessingInstructionHandler is not None:
                    self.ProcessingInstructionHandler(*args)
            elif op == 'N':
                if self.StartNamespaceDeclHandler is not None:
                    self.StartNamespaceDeclHandler(*args)
            elif op == 'n':
                if self.EndNamespaceDeclHandler is not None:
                    self.EndNamespaceDeclHandler(args[0])
            elif op == 'M':
                if self.CommentHandler is not None:
                    self.CommentHandler(args[0])
            elif op == '[':
                if self.StartCdataSectionHandler is not None:
                    self.StartCdataSectionHandler()
            elif op == ']':
                if self.EndCdataSectionHandler is not None:
                    self.EndCdataSectionHandler()
            elif op == 'D':
                name, system_id, public_id = args
                if self.StartDoctypeDeclHandler is not None:
                    self.StartDoctypeDeclHandler(name, system_id, public_id, 0)
                else:
                    default = self.DefaultHandlerExpand or self.DefaultHandler
                    if default is not None:
                        # What expat hands a default handler for <!DOCTYPE name PUBLIC "p" "s">.
                        default('<!DOCTYPE')
                        default(name)
                        if public_id is not None:
                            default('PUBLIC')
                            default('"%s"' % public_id)
                            default('"%s"' % (system_id or ''))
                        elif system_id is not None:
                            default('SYSTEM')
                            default('"%s"' % system_id)
                        default('>')
            elif op == 'd':
                if self.EndDoctypeDeclHandler is not None:
                    self.EndDoctypeDeclHandler()
            elif op == 'X':
                name, parameter, value, system_id, public_id, notation = args
                if notation is not None and self.UnparsedEntityDeclHandler is not None:
                    self.UnparsedEntityDeclHandler(name, self._base, system_id, public_id, notation)
                elif self.EntityDeclHandler is not None:
                    self.EntityDeclHandler(name, int(parameter), value, self._base, system_id, public_id, notation)
            elif op == 'O':
                if self.NotationDeclHandler is not None:
                    self.NotationDeclHandler(args[0], self._base, args[1], args[2])
            elif op == 'K':
                if self.SkippedEntityHandler is not None:
                    self.SkippedEntityHandler(args[0], 0)
                elif self.ExternalEntityRefHandler is not None:
                    self.ExternalEntityRefHandler(args[0], self._base, None, None)
            elif op == '!':
                self._raise(args[0], self.CurrentLineNumber, self.CurrentColumnNumber, args[1])
        return replayed

    # A property rather than __setattr__: the replay sets the position attributes on every event,
    # and a Python __setattr__ made each of those a call (3.7% of xml_etree's samples).
    @property
    def buffer_size(self):
        return self._buffer_size

    @buffer_size.setter
    def buffer_size(self, value):
        if not isinstance(value, int):
            raise TypeError('buffer_size must be an integer')
        if value <= 0:
            raise ValueError('buffer_size must be greater than zero')
        self._buffer_size = value


XMLParserType.__module__ = 'pyexpat'


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError('ParserCreate() argument 1 must be str or None, not %s' % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError('ParserCreate() argument 2 must be str or None, not %s'
                            % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one character, omitted, or None')
    return XMLParserType(encoding, namespace_separator, intern)
