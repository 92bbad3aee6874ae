/** Failure analysis for an application that cannot start because of its Python setup. */
package io.interpy.spring.boot.diagnostics;
