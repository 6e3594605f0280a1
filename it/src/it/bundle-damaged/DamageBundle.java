import java.io.RandomAccessFile;
import java.nio.file.Path;

/** Damages one column file of a bundle the way disks and copies do: "flip" one byte of volume, "truncate" close. */
public class DamageBundle {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        if (args[1].equals("flip")) {
            try (RandomAccessFile f = new RandomAccessFile(folder.resolve("volume.i64").toFile(), "rw")) {
                long at = f.length() / 2;
                f.seek(at);
                int b = f.read();
                f.seek(at);
                f.write(b ^ 0x01);
            }
            System.out.println("Flipped one bit of " + folder.resolve("volume.i64"));
        } else {
            try (RandomAccessFile f = new RandomAccessFile(folder.resolve("close.i64").toFile(), "rw")) {
                f.setLength(f.length() - 4096);
            }
            System.out.println("Cut 4096 bytes off " + folder.resolve("close.i64"));
        }
    }
}
