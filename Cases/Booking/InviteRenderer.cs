using System.Net;
using System.Text;

namespace CaseBot.Cases.Booking;

/// <summary>Lays out <see cref="InviteSection"/>s as HTML (every line encoded, so user text cannot inject markup) and as plain text.</summary>
internal static class InviteRenderer
{
    public static string Html(IEnumerable<InviteSection> sections)
    {
        var html = new StringBuilder();
        foreach (var section in sections.Where(s => s.Lines.Count > 0))
        {
            if (section.Heading is not null)
            {
                html.Append("<h3>").Append(Encode(section.Heading)).Append("</h3>\n");
            }

            var (open, close, item) = section.Style switch
            {
                InviteSectionStyle.NumberedList => ("<ol>\n", "</ol>\n", "li"),
                InviteSectionStyle.BulletList => ("<ul>\n", "</ul>\n", "li"),
                _ => (string.Empty, string.Empty, "p"),
            };
            html.Append(open);
            foreach (var line in section.Lines)
            {
                html.Append('<').Append(item).Append('>').Append(Encode(line)).Append("</").Append(item).Append(">\n");
            }

            html.Append(close);
        }

        return html.ToString();
    }

    public static string Text(IEnumerable<InviteSection> sections)
    {
        var text = new StringBuilder();
        foreach (var section in sections.Where(s => s.Lines.Count > 0))
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            if (section.Heading is not null)
            {
                text.Append(section.Heading).Append(":\n");
            }

            for (var i = 0; i < section.Lines.Count; i++)
            {
                var prefix = section.Style switch
                {
                    InviteSectionStyle.NumberedList => $"{i + 1}. ",
                    InviteSectionStyle.BulletList => "- ",
                    _ => string.Empty,
                };
                text.Append(prefix).Append(Normalise(section.Lines[i])).Append('\n');
            }
        }

        return text.ToString();
    }

    // Line breaks the user typed stay line breaks in HTML.
    private static string Encode(string line) => WebUtility.HtmlEncode(Normalise(line)).Replace("\n", "<br>\n", StringComparison.Ordinal);

    private static string Normalise(string line) => line.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
