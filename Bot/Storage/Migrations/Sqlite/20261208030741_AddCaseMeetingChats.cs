using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseBot.Bot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddCaseMeetingChats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseMeetingChats",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChatId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMeetingChats", x => new { x.CaseId, x.ChatId });
                    table.ForeignKey(
                        name: "FK_CaseMeetingChats_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingChats_TenantId_ChatId",
                table: "CaseMeetingChats",
                columns: new[] { "TenantId", "ChatId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseMeetingChats");
        }
    }
}
