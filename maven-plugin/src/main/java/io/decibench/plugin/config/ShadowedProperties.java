package io.decibench.plugin.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code -Ddecibench.*} user properties that a goal ignores because the pom sets the same parameter in the
 * plugin's {@code <configuration>}: Maven lets the pom win without a word, so {@code -Ddecibench.runs=2} would simply
 * do nothing. Each finding becomes a warning that names both values and the fix.
 */
public final class ShadowedProperties {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private ShadowedProperties() {
    }

    /**
     * @param expressions parameter name -> its default expression from the plugin descriptor, e.g.
     *                    {@code runs -> ${decibench.runs}}; parameters without one are never shadowed
     * @param configured  parameter name -> its value in the goal's configuration: the pom's text where the pom sets
     *                    it, the default expression itself where it does not
     * @param userProperties the {@code -D} properties of this Maven invocation
     * @return one warning per user property the pom overrides with another value
     */
    public static List<String> warnings(Map<String, String> expressions, Map<String, String> configured,
                                        Properties userProperties) {
        List<String> warnings = new ArrayList<>();
        expressions.forEach((parameter, expression) -> {
            Matcher m = expression == null ? null : PROPERTY.matcher(expression.trim());
            if (m == null || !m.matches()) {
                return;
            }
            String property = m.group(1);
            String userValue = userProperties.getProperty(property);
            String pomValue = configured.get(parameter);
            if (userValue == null || pomValue == null || pomValue.trim().equals(expression.trim())
                    || pomValue.trim().equals(userValue.trim())) {
                return;
            }
            warnings.add("-D" + property + "=" + userValue + " has no effect: the pom sets <" + parameter + ">"
                    + pomValue.trim() + "</" + parameter + "> in this plugin's <configuration>, and a pom setting"
                    + " wins over a user property. To let the command line decide, remove <" + parameter + "> and"
                    + " set the default in the pom's <properties> instead: <" + property + ">" + pomValue.trim()
                    + "</" + property + ">.");
        });
        return warnings;
    }
}
