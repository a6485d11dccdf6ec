using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseBot.Bot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddServiceCaseload : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ColumnsVersion",
                table: "Cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EarliestDueDay",
                table: "Cases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MeetingType",
                table: "Cases",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextMeetingAt",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ProgressAt",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "TierLevel",
                table: "Cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Caseload_Meeting",
                table: "Cases",
                columns: new[] { "TenantId", "ClosedAt", "NextMeetingAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Caseload_Overdue",
                table: "Cases",
                columns: new[] { "TenantId", "ClosedAt", "EarliestDueDay" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Caseload_Tier",
                table: "Cases",
                columns: new[] { "TenantId", "ClosedAt", "TierLevel", "ProgressAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Caseload_Waiting",
                table: "Cases",
                columns: new[] { "TenantId", "ClosedAt", "ProgressAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ColumnsVersion",
                table: "Cases",
                column: "ColumnsVersion");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Caseload_Meeting",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Caseload_Overdue",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Caseload_Tier",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Caseload_Waiting",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ColumnsVersion",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ColumnsVersion",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EarliestDueDay",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MeetingType",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NextMeetingAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ProgressAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "TierLevel",
                table: "Cases");
        }
    }
}
