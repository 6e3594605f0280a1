import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Doctors a baselines.json: multiplies every session's fork times and pair ratios by a factor. */
public class ScaleBaselines {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        double factor = Double.parseDouble(args[1]);
        String json = Files.readString(file);
        Pattern field = Pattern.compile("\"(forkTimes|pairRatios)\" : (\\[[^\\]]*\\])");
        Pattern number = Pattern.compile("[-0-9.Ee]+");
        Matcher m = field.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Matcher n = number.matcher(m.group(2));
            StringBuilder value = new StringBuilder();
            while (n.find()) {
                n.appendReplacement(value, String.format(Locale.ROOT, "%.17g", Double.parseDouble(n.group()) * factor));
            }
            n.appendTail(value);
            m.appendReplacement(out, Matcher.quoteReplacement("\"" + m.group(1) + "\" : " + value));
        }
        m.appendTail(out);
        Files.writeString(file, out.toString());
        System.out.println("Scaled times and ratios in " + file + " by " + factor);
    }
}
