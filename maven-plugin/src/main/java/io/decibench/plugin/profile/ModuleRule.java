package io.decibench.plugin.profile;

import java.util.Objects;

/**
 * Puts every frame whose qualified method name ({@code class.method}) starts with {@code prefix} into the module
 * {@code module}. Users declare these in the plugin's {@code <moduleRules>}; a prefix is matched literally, so
 * {@code com.acme.} covers the package tree, {@code com.acme.Pricer} that class (and its nested classes), and
 * {@code com.acme.Pricer.quote} one method.
 *
 * <p>A mutable no-arg form exists only because Maven injects plugin configuration into fields; use the constructor.
 */
public final class ModuleRule {
    private String module;
    private String prefix;

    /** For Maven's configuration injection only. */
    public ModuleRule() {
    }

    public ModuleRule(String module, String prefix) {
        this.module = module;
        this.prefix = prefix;
        validate();
    }

    /**
     * Checks a rule built by Maven's injection.
     *
     * @throws IllegalArgumentException naming the missing part and how to write the rule
     */
    public ModuleRule validate() {
        if (module == null || module.isBlank() || prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("Module rule " + this + " needs both a <module> name and a class-name "
                    + "<prefix>, e.g. <moduleRule><module>pricing</module><prefix>com.acme.pricing.</prefix></moduleRule>");
        }
        return this;
    }

    public String module() {
        return module;
    }

    public String prefix() {
        return prefix;
    }

    /** Whether a frame's qualified method name ({@code class.method}) falls under this rule. */
    public boolean matches(String qualifiedMethod) {
        return qualifiedMethod.startsWith(prefix);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModuleRule r && Objects.equals(module, r.module) && Objects.equals(prefix, r.prefix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(module, prefix);
    }

    @Override
    public String toString() {
        return "'" + module + "' <- '" + prefix + "'";
    }
}
