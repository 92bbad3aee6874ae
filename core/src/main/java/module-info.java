/**
 * Interpy's core. Only the API is exported: the executor and its builder, calls and results,
 * the listener events and the resource tool. {@code io.interpy.internal.*} is the implementation
 * and may change in any release; on the module path nothing outside can reach it.
 */
module io.interpy.core {
    requires transitive org.graalvm.polyglot;
    requires org.slf4j;
    requires com.google.common.jimfs;
    requires org.apache.commons.compress;
    requires org.bouncycastle.provider;
    requires org.tukaani.xz;
    requires java.xml;
    // unicodedata's properties (GraalPy's shadowed ICU4J exports to GraalPy only: the build adds the export).
    requires org.graalvm.shadowed.icu4j;

    exports io.interpy;
    exports io.interpy.event;
    exports io.interpy.tool;
}
