package org.corporateparenting.report;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * Rows for a template, given as Java records: a template's field reads the record component of the same name.
 * Templates know rows only by their names, never where they came from (no SQL in templates); nested lists of
 * records become a subreport's rows with {@code new RowSource($F{lines})}.
 */
public final class RowSource implements JRRewindableDataSource {

    private final List<? extends Record> rows;
    private final Map<String, Method> accessors = new HashMap<>();
    private int index = -1;

    public RowSource(List<? extends Record> rows) {
        this.rows = rows == null ? List.of() : rows;
    }

    @Override
    public boolean next() {
        index++;
        return index < rows.size();
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Record row = rows.get(index);
        try {
            return accessor(row.getClass(), field.getName()).invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new JRException("Cannot read " + field.getName() + " of " + row.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void moveFirst() {
        index = -1;
    }

    private Method accessor(Class<?> type, String name) throws JRException {
        Method found = accessors.get(name);
        if (found == null) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    found = component.getAccessor();
                }
            }
            if (found == null) {
                throw new JRException("Rows of " + type.getSimpleName() + " have no field " + name);
            }
            accessors.put(name, found);
        }
        return found;
    }
}
