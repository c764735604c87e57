using CsCheck;

namespace Dossier.Tests.Properties;

/// <summary>CsCheck generators of <see cref="Mutation"/>s, and of the characters they insert.</summary>
public static class MutationGen
{
    /// <summary>C0 and C1 controls (NUL, BEL, ESC, DEL, NEL …) and noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, U+1FFFE).</summary>
    public static readonly Gen<int> ControlOrNoncharacter = Gen.OneOf(
        Gen.Int[0x00, 0x1F], Gen.Int[0x7F, 0x9F], Gen.OneOf<int>(0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF), Gen.Int[0xFDD0, 0xFDEF]);

    /// <summary>Marks that reorder or hide text: BiDi embeddings, overrides and isolates, zero-width characters, the BOM.</summary>
    public static readonly Gen<int> Invisible = Gen.OneOf<int>(
        0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x2060);

    /// <summary>Other characters a file may hold: line and paragraph separators, NBSP, combining marks, RTL letters, emoji, YAML and Markdown signs.</summary>
    public static readonly Gen<int> Other = Gen.OneOf(
        Gen.OneOf<int>(0x2028, 0x2029, 0x00A0, 0x0301, 0x05D0, 0x0627, 0x1F600, 0x1F1F5, 0xD800, 0xDFFF),
        Gen.OneOf<int>((int)':', '#', '"', '\'', '[', ']', '{', '}', '&', '*', '!', '|', '>', '-', '\t', '@', '`', '<', '%', '\\'),
        Gen.Int[0x20, 0x10FFFF].Where(c => c is < 0xD800 or > 0xDFFF));

    /// <summary>Any character to insert; with <paramref name="controls"/> false, none of <see cref="ControlOrNoncharacter"/>.</summary>
    public static Gen<int> Char(bool controls) => controls
        ? Gen.Frequency((2, ControlOrNoncharacter), (2, Invisible), (3, Other))
        : Gen.Frequency((2, Invisible), (3, Other));

    public static Gen<Mutation> Mutation(bool controls) =>
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, 10_000], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], Char(controls), Gen.Byte[1, 255], Gen.Int[1, 3],
            (kind, file, a, b, c, mask, count) => new Mutation(kind, file, a, b, c, mask, count));
}
