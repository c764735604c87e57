namespace Dossier.Text;

/// <summary>
/// The base letter of each accented Latin letter (U+00C0–U+024F: Ü → U, ł → l), made from Unicode's
/// decompositions. A table rather than string.Normalize: the program runs in invariant-globalization mode
/// (no ICU needed, ready for Native AOT), where Normalize leaves such letters as they are.
/// </summary>
public static class LatinLetters
{
    public const int First = 0x00C0;
    public const string Bases = "AAAAAAÆCEEEEIIIIdNOOOOO×oUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷ouuuuyþyAaAaAaCcCcCcCcDdddEeEeEeEeEeGgGgGgGgHhhhIiIiIiIiIiĲĳJjKkĸLlLlLlĿŀllNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtttUuUuUuUuUuUuWwYyYZzZzZzſƀƁƂƃƄƅƆƇƈƉƊƋƌƍƎƏƐƑƒƓƔƕƖƗƘƙƚƛƜƝƞƟOoƢƣƤƥƦƧƨƩƪƫƬƭƮUuƱƲƳƴƵƶƷƸƹƺƻƼƽƾƿǀǁǂǃǄǅǆǇǈǉǊǋǌAaIiOoUuUuUuUuUuǝAaAaǢǣǤǥGgKkOoOoǮǯjǱǲǳGgǶǷNnAaǼǽǾǿAaAaEeEeIiIiOoOoRrRrUuUuSsTtȜȝHhȠȡȢȣȤȥAaEeOoOoOoOoYyȴȵȶȷȸȹȺȻȼȽȾȿɀɁɂɃɄɅɆɇɈɉɊɋɌɍɎɏ";

    public static char Base(char c) => c >= First && c < First + Bases.Length ? Bases[c - First] : c;
}
