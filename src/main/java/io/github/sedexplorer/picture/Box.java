package io.github.sedexplorer.picture;

/** An axis-aligned rectangle of the drawing, {@code min ≤ max} (y grows downwards). */
public record Box(double minX, double minY, double maxX, double maxY) {

    /** The box of a given half width and half height around a centre. */
    public static Box around(Pt centre, double halfWidth, double halfHeight) {
        return new Box(centre.x() - halfWidth, centre.y() - halfHeight, centre.x() + halfWidth, centre.y() + halfHeight);
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public Pt centre() {
        return new Pt((minX + maxX) / 2, (minY + maxY) / 2);
    }

    /** Whether the two boxes share area (touching edges do not count). */
    public boolean overlaps(Box o) {
        return minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY;
    }

    public boolean contains(Pt p) {
        return p.x() >= minX && p.x() <= maxX && p.y() >= minY && p.y() <= maxY;
    }

    public Box grow(double margin) {
        return new Box(minX - margin, minY - margin, maxX + margin, maxY + margin);
    }

    public Box union(Box o) {
        return new Box(Math.min(minX, o.minX), Math.min(minY, o.minY), Math.max(maxX, o.maxX), Math.max(maxY, o.maxY));
    }

    public Box shift(double dx, double dy) {
        return new Box(minX + dx, minY + dy, maxX + dx, maxY + dy);
    }
}
