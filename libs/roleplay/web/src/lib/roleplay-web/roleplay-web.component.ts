import { Component } from '@angular/core';

@Component({
  selector: 'lms-roleplay-web',
  imports: [],
  templateUrl: './roleplay-web.component.html',
  styleUrl: './roleplay-web.component.css',
})
export class RoleplayWebComponent {}
