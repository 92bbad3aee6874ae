"""A package served from a classpath directory (target/test-classes)."""
ORIGIN = "classpath-dir"
