import { ComponentFixture, TestBed } from '@angular/core/testing';
import { RoleplayWebComponent } from './roleplay-web.component';

describe('RoleplayWebComponent', () => {
  let component: RoleplayWebComponent;
  let fixture: ComponentFixture<RoleplayWebComponent>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [RoleplayWebComponent],
    }).compileComponents();

    fixture = TestBed.createComponent(RoleplayWebComponent);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
