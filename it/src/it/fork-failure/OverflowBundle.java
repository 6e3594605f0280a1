import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Sets the first close of a bundle to 10^17 (10^13 dollars at price scale 4) and updates its manifest's SHA-256. */
public class OverflowBundle {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path close = folder.resolve("close.i64");
        byte[] bytes = Files.readAllBytes(close);
        String before = sha256(bytes);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(0, 100_000_000_000_000_000L);
        Files.write(close, bytes);
        Path manifest = folder.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace(before, sha256(bytes)));
        System.out.println("Set the first close of " + folder + " to 10^13 dollars, checksum updated");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
