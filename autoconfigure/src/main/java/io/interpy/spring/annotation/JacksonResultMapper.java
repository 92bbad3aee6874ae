package io.interpy.spring.annotation;

import io.interpy.ConversionException;
import java.lang.reflect.Type;
import org.springframework.beans.factory.BeanFactory;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uses the application's {@link JsonMapper} (Boot's, with its modules and settings) so a record
 * built from a Python dict follows the same naming and leniency rules as the JSON the
 * application reads over HTTP.
 */
final class JacksonResultMapper implements ResultMapper {

    private final JsonMapper mapper;

    JacksonResultMapper(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** Boot's mapper when the context has one (spring-boot-jackson), else Jackson's defaults. */
    static ResultMapper create(BeanFactory beanFactory) {
        JsonMapper mapper = beanFactory.getBeanProvider(JsonMapper.class).getIfAvailable(() -> JsonMapper.builder().build());
        return new JacksonResultMapper(mapper);
    }

    @Override
    public Object fromPlain(Object value, Type type) {
        JavaType javaType = mapper.getTypeFactory().constructType(type);
        try {
            return mapper.convertValue(value, javaType);
        } catch (RuntimeException ex) {
            throw new ConversionException("result", "cannot convert "
                    + (value == null ? "None" : value.getClass().getSimpleName()) + " to " + type.getTypeName()
                    + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public Object toPlain(Object value, String where) {
        try {
            return mapper.treeToValue(mapper.valueToTree(value), Object.class);
        } catch (RuntimeException ex) {
            throw new ConversionException(where, "cannot convert " + value.getClass().getName()
                    + " to plain data: " + ex.getMessage(), ex);
        }
    }
}
