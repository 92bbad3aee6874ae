package io.interpy.spring.boot.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interpy.spring.annotation.RunInInterpreter;
import io.interpy.spring.boot.autoconfigure.InterpyAutoConfiguration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a developer reads when the application cannot start: Spring Boot's failure report, built
 * by the analyzers this module registers in {@code spring.factories}. Real {@link SpringApplication}
 * runs, since only they load the analyzers and print the report.
 */
@ExtendWith(OutputCaptureExtension.class)
class InterpyFailureAnalyzersTests {

    @Test
    void preloadModuleThatFailsToImportIsReportedWithTheSettingsToCheck(CapturedOutput output) {
        assertThatThrownBy(() -> run(PoolOnly.class, "--interpy.python.preload-modules=calc,broken"))
                .hasStackTraceContaining("broken on purpose");

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("pool 'interpy'").contains("broken on purpose")
                .contains("interpy.python.preload-modules (currently calc, broken)")
                .contains("interpy.python.path (currently classpath:python)");
    }

    @Test
    void backgroundPrestartFailureIsReportedTheSameWay(CapturedOutput output) {
        // here the failure reaches SpringApplication from the lifecycle, wrapped in an ApplicationContextException
        assertThatThrownBy(() -> run(PoolOnly.class, "--interpy.python.preload-modules=broken",
                "--interpy.pool.prestart-in-background=true"))
                .hasStackTraceContaining("broken on purpose");

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("pool 'interpy'").contains("broken on purpose")
                .contains("interpy.python.preload-modules (currently broken)");
    }

    @Test
    void runInInterpreterMethodThatCannotWorkIsReportedWithTheModulePath(CapturedOutput output) {
        assertThatThrownBy(() -> run(MissingModuleService.class, "--interpy.python.path=classpath:python,classpath:python-extra"))
                .hasStackTraceContaining("nosuchmodule");

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("1 @RunInInterpreter method(s) cannot work")
                .contains("bean 'missingModuleService'").contains("nosuchmodule:run")
                .contains("interpy.python.path (currently classpath:python, classpath:python-extra)");
    }

    private static void run(Class<?> source, String... args) {
        SpringApplication application = new SpringApplication(source);
        application.setWebApplicationType(WebApplicationType.NONE);
        String[] all = new String[args.length + 2];
        all[0] = "--interpy.pool.min-size=1";
        all[1] = "--interpy.pool.max-size=1";
        System.arraycopy(args, 0, all, 2, args.length);
        application.run(all).close();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(InterpyAutoConfiguration.class)
    static class PoolOnly {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(InterpyAutoConfiguration.class)
    static class MissingModuleService {

        @Bean
        MissingModule missingModuleService() {
            return new MissingModule();
        }
    }

    public static class MissingModule {

        @RunInInterpreter("nosuchmodule:run")
        public CompletableFuture<Object> run() {
            return null;
        }
    }
}
