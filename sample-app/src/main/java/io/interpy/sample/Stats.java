package io.interpy.sample;

import io.interpy.sample.Analytics.Summary;
import io.interpy.spring.annotation.PythonModule;
import java.util.List;

/**
 * Python's {@code analytics.stats} as a bean. The method blocks its caller, which is cheap here:
 * the application serves requests on virtual threads ({@code spring.threads.virtual.enabled}).
 */
@PythonModule("analytics.stats")
public interface Stats {

    /** Summary statistics of the values (Python's {@code statistics} module). */
    Summary summary(List<Double> values);
}
