using System.Text;
using ImpactAnalytics.Ingestion.Accounts;

namespace ImpactAnalytics.Ingestion.Tests.Accounts;

/// <summary>The field memo matches exactly the bytes it remembered: every length up to 16, every single-byte change.</summary>
public sealed class FieldMemoTests
{
    [Fact]
    public void A_remembered_field_matches_itself_and_no_field_that_differs_in_one_byte_or_in_length()
    {
        const string Text = "0123456789ABCDEFG";
        for (var length = 1; length <= 16; length++)
        {
            var field = Encoding.ASCII.GetBytes(Text[..length]);
            var memo = default(FieldMemo);
            memo.Remember(field, length);

            Assert.True(memo.Matches(field));
            Assert.Equal(length, memo.Meaning);
            Assert.False(memo.Matches(field.AsSpan(0, length - 1)));
            Assert.False(memo.Matches(Encoding.ASCII.GetBytes(Text[..(length + 1)])));
            for (var i = 0; i < length; i++)
            {
                var changed = (byte[])field.Clone();
                changed[i] ^= 0x20;
                Assert.False(memo.Matches(changed));
            }
        }
    }

    [Fact]
    public void An_empty_or_long_field_is_not_remembered_and_a_new_memo_matches_nothing()
    {
        var memo = default(FieldMemo);
        Assert.False(memo.Matches([]));
        Assert.False(memo.Matches("2020"u8));

        memo.Remember("2020"u8, 2020);
        memo.Remember(Encoding.ASCII.GetBytes(new string('9', 17)), 1);

        Assert.False(memo.Matches("2020"u8));
        Assert.False(memo.Matches(Encoding.ASCII.GetBytes(new string('9', 17))));
        Assert.False(memo.Matches([]));
    }
}
